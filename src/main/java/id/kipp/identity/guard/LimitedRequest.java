package id.kipp.identity.guard;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body may be read up to a limit (a body without a length header, e.g. chunked, is counted as it is
 * read); past it, reading fails and {@link #exceeded()} tells the filter to answer 413.
 */
final class LimitedRequest extends HttpServletRequestWrapper {

  private final long limit;
  private long read;
  private boolean exceeded;
  private ServletInputStream stream;

  LimitedRequest(HttpServletRequest request, long limit) {
    super(request);
    this.limit = limit;
  }

  boolean exceeded() {
    return exceeded;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      ServletInputStream in = super.getInputStream();
      stream = new ServletInputStream() {
        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = in.read(b, off, len);
          if (n > 0) {
            count(n);
          }
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
    return stream;
  }

  private void count(int bytes) throws IOException {
    read += bytes;
    if (read > limit) {
      exceeded = true;
      throw new IOException("request body larger than " + limit + " bytes");
    }
  }
}
