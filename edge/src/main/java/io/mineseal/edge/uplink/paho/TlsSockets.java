package io.mineseal.edge.uplink.paho;

import io.mineseal.edge.config.TlsConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds a TLS socket factory from PEM files: a CA, and optionally a client certificate and key.
 */
public final class TlsSockets {
  private TlsSockets() {}

  public static SSLSocketFactory create(TlsConfig tls)
      throws IOException, GeneralSecurityException {
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    if (tls.caFile() == null) {
      trust.init((KeyStore) null);
    } else {
      KeyStore roots = KeyStore.getInstance(KeyStore.getDefaultType());
      roots.load(null, null);
      int i = 0;
      for (Certificate ca : certificates(Files.readAllBytes(tls.caFile()))) {
        roots.setCertificateEntry("ca" + i++, ca);
      }
      trust.init(roots);
    }
    KeyManagerFactory keys = null;
    if (tls.certFile() != null) {
      KeyStore own = KeyStore.getInstance(KeyStore.getDefaultType());
      own.load(null, null);
      Certificate[] chain =
          certificates(Files.readAllBytes(tls.certFile())).toArray(Certificate[]::new);
      own.setKeyEntry("client", privateKey(Files.readString(tls.keyFile())), new char[0], chain);
      keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(own, new char[0]);
    }
    SSLContext context = SSLContext.getInstance("TLSv1.3");
    context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context.getSocketFactory();
  }

  private static Collection<? extends Certificate> certificates(byte[] pem)
      throws GeneralSecurityException {
    return CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(pem));
  }

  /** Reads an unencrypted PKCS#8 key ("BEGIN PRIVATE KEY"), RSA or EC. */
  static PrivateKey privateKey(String pem) throws GeneralSecurityException {
    if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
      throw new GeneralSecurityException(
          "the TLS key must be an unencrypted PKCS#8 PEM (BEGIN PRIVATE KEY); convert it with:"
              + " openssl pkcs8 -topk8 -nocrypt -in old.key -out new.key");
    }
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next algorithm
      }
    }
    throw new GeneralSecurityException("the TLS key is neither RSA, EC nor Ed25519");
  }
}
