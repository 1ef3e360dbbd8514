package io.mineseal.edge.camera.ffmpeg;

import io.mineseal.edge.config.CameraConfig;
import java.util.ArrayList;
import java.util.List;

/** The ffmpeg command line for one camera: decode, drop to the configured fps, scale, raw BGR. */
public final class FfmpegCommand {
  private FfmpegCommand() {}

  /**
   * @param everyFrame replay: keep every frame of a file and read it as fast as possible; otherwise
   *     frames are dropped (never duplicated) to the configured fps and files play in real time
   */
  public static List<String> build(CameraConfig c, String input, boolean everyFrame) {
    List<String> cmd =
        new ArrayList<>(
            List.of(Binaries.ffmpeg(), "-hide_banner", "-nostdin", "-loglevel", "warning"));
    String url = input != null ? input : c.url();
    if (url.startsWith("rtsp://") || url.startsWith("rtsps://")) {
      cmd.addAll(List.of("-rtsp_transport", "tcp", "-timeout", "5000000"));
    } else if (url.startsWith("v4l2://")) {
      cmd.addAll(List.of("-f", "v4l2"));
      url = url.substring("v4l2://".length());
    } else {
      url = url.startsWith("file://") ? url.substring("file://".length()) : url;
      if (!everyFrame) {
        cmd.add("-re");
      }
      if (c.loop() && !everyFrame) {
        cmd.addAll(List.of("-stream_loop", "-1"));
      }
    }
    cmd.addAll(c.ffmpegInputArgs());
    cmd.addAll(List.of("-i", url, "-an", "-sn", "-dn"));
    if (!everyFrame) {
      cmd.addAll(List.of("-fps_mode", "vfr", "-r", Integer.toString(c.sampling().fps())));
    }
    cmd.addAll(
        List.of(
            "-vf",
            "scale=" + c.sampling().width() + ":" + c.sampling().height(),
            "-pix_fmt",
            "bgr24",
            "-f",
            "rawvideo",
            "pipe:1"));
    return cmd;
  }
}
