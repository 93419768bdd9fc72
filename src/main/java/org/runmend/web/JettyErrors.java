package org.runmend.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it cannot parse: 400, an address or header too long: 414,
 * 431), which are made before any route runs, carry the same security headers as every other
 * answer and no stack trace.
 */
final class JettyErrors extends ErrorHandler {
    JettyErrors() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addHeaders(response.getHeaders());
        return super.handle(request, response, callback);
    }

    /**
     * Jetty 12 marks this for removal but still calls it for a request line it cannot parse (its
     * replacement is not yet reached on that path); until it goes, the headers are added here too.
     */
    @Override
    @SuppressWarnings("removal")
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        addHeaders(fields);
        return super.badMessageError(status, reason, fields);
    }

    private static void addHeaders(HttpFields.Mutable fields) {
        fields.put("Content-Security-Policy", Security.CONTENT_SECURITY_POLICY);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("X-Frame-Options", "DENY");
        fields.put("Referrer-Policy", "same-origin");
        fields.put("Cache-Control", "no-store");
    }
}
