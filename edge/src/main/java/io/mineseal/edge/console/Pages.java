package io.mineseal.edge.console;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server-rendered pages from Mustache templates in {@code console/} on the class path. Mustache
 * escapes every {@code {{value}}} for HTML; only sections rendered here are inserted as HTML.
 */
public final class Pages {
  private final MustacheFactory templates = new DefaultMustacheFactory("console");
  private final Map<String, Mustache> compiled = new java.util.concurrent.ConcurrentHashMap<>();

  /** One template filled with {@code view}. */
  public String render(String template, Object view) {
    Mustache m = compiled.computeIfAbsent(template, t -> templates.compile(t + ".mustache"));
    StringWriter out = new StringWriter();
    m.execute(out, view);
    return out.toString();
  }

  /** A whole page: the layout around {@code view}'s template, with its sections rendered. */
  public String page(String title, String active, String template, Map<String, Object> view) {
    Map<String, Object> model = new LinkedHashMap<>(view);
    model.put("title", title);
    model.put("nav", nav(active));
    model.put("content", render(template, model));
    return render("layout", model);
  }

  /** Sections as {@code {id, title, html}} for a page template to place. */
  public List<Map<String, Object>> sections(List<Section> sections) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Section s : sections) {
      out.add(
          Map.of("id", s.id(), "title", s.title(), "html", render(s.template(), s.view().get())));
    }
    return out;
  }

  private static List<Map<String, Object>> nav(String active) {
    String[][] items = {
      {"/", "Cameras"}, {"/editor", "Zone editor"}, {"/events", "Events"}, {"/health", "Health"}
    };
    List<Map<String, Object>> out = new ArrayList<>();
    for (String[] item : items) {
      out.add(Map.of("href", item[0], "label", item[1], "active", item[0].equals(active)));
    }
    return out;
  }
}
