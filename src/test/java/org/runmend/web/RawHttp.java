package org.runmend.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP by hand over a socket, for what a well-behaved client never sends: a body announced but not
 * (yet) sent, a request line or header longer than any browser's.
 */
final class RawHttp {
    /** An answer: status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, String body) {}

    private RawHttp() {}

    /**
     * Sends {@code head} (request line and headers, without the blank line) and the first bytes of
     * a body, then waits up to {@code waitMillis} for an answer while sending nothing more.
     *
     * @return the answer, or null when none came in time (the server is waiting for the body)
     */
    static Answer send(int port, String head, byte[] bodyStart, int waitMillis) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(waitMillis);
            OutputStream out = s.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyStart);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                    if (complete(got.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                if (got.size() == 0) {
                    return null;
                }
            } catch (IOException reset) {
                if (got.size() == 0) {
                    throw reset;
                }
            }
            return parse(got.toString(StandardCharsets.UTF_8));
        }
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Map<String, String> h = parse(text).headers();
        String length = h.get("content-length");
        return length != null && text.length() - end - 4 >= Integer.parseInt(length.trim());
    }

    private static Answer parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n", 0);
        int status = Integer.parseInt(lines[0].split(" ", 0)[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Answer(status, headers, end < 0 ? "" : text.substring(end + 4));
    }
}
