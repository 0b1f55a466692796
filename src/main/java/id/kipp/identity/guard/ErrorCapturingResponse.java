package id.kipp.identity.guard;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Passes a response through unchanged while it succeeds; once an error status (400 or more) is set, keeps its body
 * back so that {@link EngineApiErrorFilter} can answer in its place. Successful responses (file downloads too) stream
 * as they would without it.
 */
final class ErrorCapturingResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private int status = SC_OK;
  private boolean capturing;
  private ServletOutputStream stream;
  private PrintWriter writer;

  ErrorCapturingResponse(HttpServletResponse response) {
    super(response);
  }

  boolean capturing() {
    return capturing;
  }

  int status() {
    return status;
  }

  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return body.toByteArray();
  }

  /** Forgets what was kept back. */
  void discard() {
    body.reset();
  }

  /** Sends what was kept back as it was (status, headers already set, body). */
  void replay(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    byte[] bytes = body();
    if (bytes.length > 0) {
      response.getOutputStream().write(bytes);
    }
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    if (sc >= 400) {
      capturing = true;
    } else {
      super.setStatus(sc);
    }
  }

  @Override
  public void sendError(int sc) {
    setStatus(sc);
  }

  @Override
  public void sendError(int sc, String msg) {
    setStatus(sc);
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void setContentLength(int len) {
    if (!capturing) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (!capturing) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!capturing) {
      super.flushBuffer();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      ServletOutputStream real = capturing ? null : super.getOutputStream();
      stream = new ServletOutputStream() {
        private ServletOutputStream target = real;

        @Override
        public void write(int b) throws IOException {
          if (capturing) {
            body.write(b);
          } else {
            target().write(b);
          }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          if (capturing) {
            body.write(b, off, len);
          } else {
            target().write(b, off, len);
          }
        }

        @Override
        public void flush() throws IOException {
          if (!capturing) {
            target().flush();
          }
        }

        private ServletOutputStream target() throws IOException {
          if (target == null) {
            target = ErrorCapturingResponse.super.getOutputStream();
          }
          return target;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), encoding));
    }
    return writer;
  }
}
