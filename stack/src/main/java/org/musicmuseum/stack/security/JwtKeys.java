package org.musicmuseum.stack.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;
import org.musicmuseum.stack.StackException;

/**
 * The RSA key pair that signs (private) and verifies (public) the local stack's tokens, as PEM
 * files in a directory outside the repository ({@code .museum/jwt}, git-ignored), and the local
 * servers' keystore password. Production uses its own issuer's key; the services only ever read a
 * public key.
 */
public final class JwtKeys {

  public static final String PRIVATE_KEY = "private-key.pem";
  public static final String PUBLIC_KEY = "public-key.pem";
  public static final String KEYSTORE_PASSWORD = "keystore-password";

  private final Path dir;

  public JwtKeys(Path dir) {
    this.dir = dir;
  }

  public Path publicKey() {
    return dir.resolve(PUBLIC_KEY);
  }

  public Path privateKey() {
    return dir.resolve(PRIVATE_KEY);
  }

  /** Creates a 2048-bit pair unless both files exist; returns the public key's path. */
  public Path ensure() {
    if (Files.isRegularFile(privateKey()) && Files.isRegularFile(publicKey())) {
      return publicKey();
    }
    try {
      KeyPair pair = generate();
      Files.createDirectories(dir);
      Path secret = Files.createTempFile(dir, "private-", ".tmp");
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(
          secret, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
      Files.writeString(
          publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
      Files.move(secret, privateKey(), StandardCopyOption.REPLACE_EXISTING);
      return publicKey();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the token keys to " + dir, e);
    }
  }

  /**
   * The password of the keystore Liberty creates in each server of the local stack (the jwt profile
   * loads its TLS support): random, made once and kept (mode 0600), because a server restarted with
   * another password could not open the keystore it made before.
   */
  public String keystorePassword() {
    Path file = dir.resolve(KEYSTORE_PASSWORD);
    try {
      if (!Files.isRegularFile(file)) {
        Files.createDirectories(dir);
        Path secret = Files.createTempFile(dir, "keystore-", ".tmp");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(secret, UUID.randomUUID().toString(), StandardCharsets.US_ASCII);
        Files.move(secret, file, StandardCopyOption.ATOMIC_MOVE);
      }
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the keystore password in " + dir, e);
    }
  }

  /** A fresh pair, e.g. to sign a token the services must refuse. */
  public static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot make RSA keys", e);
    }
  }

  /** Reads a PKCS#8 PEM private key (the format {@link #ensure()} and {@code openssl} write). */
  public static PrivateKey readPrivateKey(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII);
      String body =
          text.replace("-----BEGIN PRIVATE KEY-----", "")
              .replace("-----END PRIVATE KEY-----", "")
              .replaceAll("\\s", "");
      byte[] der = Base64.getDecoder().decode(body);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IOException e) {
      throw new StackException("cannot read the signing key " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new StackException(
          file + " is not an RSA private key in PKCS#8 PEM (BEGIN PRIVATE KEY)", e);
    }
  }

  static String pem(String type, byte[] der) {
    String base64 =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
  }
}
