package org.musicmuseum.loadtest.http;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends prepared requests and reads just enough of each
 * answer to know its status and where it ends (Content-Length or chunked). Far lighter than a
 * general client, so that the load generator takes as little of the shared CPU as possible.
 */
public final class RawHttpConnection implements Closeable {

  private final InetSocketAddress address;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  public RawHttpConnection(String host, int port, int timeoutMillis) {
    this.address = new InetSocketAddress(host, port);
    this.timeoutMillis = timeoutMillis;
  }

  /** Sends one request and returns the status of its answer; reconnects when the server closed. */
  public int exchange(byte[] request) throws IOException {
    if (socket == null) {
      connect();
    }
    out.write(request);
    out.flush();
    Response response = ResponseReader.read(in);
    if (response.close()) {
      close();
    }
    return response.status();
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(timeoutMillis);
    s.connect(address, timeoutMillis);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    out = s.getOutputStream();
  }

  @Override
  public void close() throws IOException {
    Socket s = socket;
    socket = null;
    if (s != null) {
      s.close();
    }
  }

  /** The status of an answer and whether the server will close the connection after it. */
  record Response(int status, boolean close) {}

  /** Reads one HTTP/1.1 response head and skips its body. */
  static final class ResponseReader {

    private ResponseReader() {}

    static Response read(InputStream in) throws IOException {
      String statusLine = line(in);
      if (!statusLine.startsWith("HTTP/1.")) {
        throw new IOException("not an HTTP/1.x answer: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> close = value.equalsIgnoreCase("close");
          default -> {
            // other headers do not matter here
          }
        }
      }
      if (chunked) {
        skipChunks(in);
      } else if (length > 0) {
        skip(in, length);
      }
      return new Response(status, close);
    }

    private static void skipChunks(InputStream in) throws IOException {
      while (true) {
        String sizeLine = line(in);
        int semicolon = sizeLine.indexOf(';');
        long size =
            Long.parseLong(
                (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
        if (size == 0) {
          for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
            // trailers are ignored
          }
          return;
        }
        skip(in, size);
        line(in);
      }
    }

    private static void skip(InputStream in, long count) throws IOException {
      long left = count;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            throw new EOFException("the answer ended early");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }

    /** A line without its CRLF. */
    static String line(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder(64);
      int c;
      while ((c = in.read()) >= 0) {
        if (c == '\n') {
          int end = line.length();
          return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
        }
        line.append((char) c);
      }
      throw new EOFException("the connection closed in the middle of an answer");
    }
  }

  /** A POST with a JSON body, ready to write as is. */
  public static byte[] post(String host, int port, String path, String contentType, byte[] body) {
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }
}
