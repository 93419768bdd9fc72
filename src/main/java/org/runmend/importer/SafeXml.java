package org.runmend.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that refuse DTDs, external entities and entity expansion (XXE, "billion
 * laughs"). GPX and TCX never need a DTD, so any {@code <!DOCTYPE>} is refused outright with a
 * clear message rather than parsed and then ignored.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXml() {}

    private static XMLInputFactory createFactory() {
        // the JDK's own parser, always: the one a server runs with, whatever else is on the class path
        // (the test class path has Woodstox, which once hid what the JDK's parser printed)
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // GPX and TCX readers match local names only; without namespace processing a prefix used
        // but never declared (gpxdata:hr in some exporters' files) is no error
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    /**
     * A StAX reader over the file. The bytes are decoded here, strictly (a byte that is not valid
     * in the file's encoding is an error naming the file, never replaced), so the XML parser only
     * ever sees characters: it has no encoding error of its own to print to stderr.
     */
    static XMLStreamReader open(InputStream in, String sourceName) throws BadContentException {
        try {
            return FACTORY.createXMLStreamReader(decoded(in, sourceName));
        } catch (XMLStreamException e) {
            throw new BadContentException(sourceName, "not XML: " + clean(e), e);
        } catch (IOException e) {
            throw new BadContentException(sourceName, "unreadable: " + e.getMessage(), e);
        }
    }

    private static final java.util.regex.Pattern DECLARED =
            java.util.regex.Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    /**
     * The file as characters: UTF-16 when a byte order mark says so, else the encoding its XML
     * declaration names, else UTF-8; white space before the declaration is skipped.
     */
    static java.io.Reader decoded(InputStream in, String sourceName) throws IOException, BadContentException {
        BufferedInputStream b = in instanceof BufferedInputStream bs ? bs : new BufferedInputStream(in, 8192);
        b.mark(3);
        int b0 = b.read();
        int b1 = b.read();
        java.nio.charset.Charset cs;
        if (b0 == 0xFE && b1 == 0xFF) {
            cs = java.nio.charset.StandardCharsets.UTF_16BE;
        } else if (b0 == 0xFF && b1 == 0xFE) {
            cs = java.nio.charset.StandardCharsets.UTF_16LE;
        } else {
            b.reset();
            InputStream rest = skipLeadingSpace(b);
            rest.mark(256);
            byte[] head = rest.readNBytes(256);
            rest.reset();
            java.util.regex.Matcher m =
                    DECLARED.matcher(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
            cs = java.nio.charset.StandardCharsets.UTF_8;
            if (m.find()) {
                try {
                    cs = java.nio.charset.Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw new BadContentException(
                            sourceName,
                            "the XML declaration names the character encoding '" + m.group(1)
                                    + "', which is not known");
                }
            }
            return reader(rest, cs);
        }
        return reader(b, cs);
    }

    private static java.io.Reader reader(InputStream in, java.nio.charset.Charset cs) {
        return new java.io.BufferedReader(
                new java.io.InputStreamReader(
                        in,
                        cs.newDecoder()
                                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)),
                8192);
    }

    /**
     * Skips a UTF-8 byte order mark and the white space before the XML declaration, which XML
     * forbids ({@code <?xml} must come first) but some exporters write.
     */
    static InputStream skipLeadingSpace(InputStream in) throws IOException {
        BufferedInputStream b = in instanceof BufferedInputStream bs ? bs : new BufferedInputStream(in, 8192);
        b.mark(3);
        if (!(b.read() == 0xEF && b.read() == 0xBB && b.read() == 0xBF)) {
            b.reset();
        }
        while (true) {
            b.mark(1);
            int c = b.read();
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                b.reset();
                return b;
            }
        }
    }

    /** An element's name without its namespace prefix ({@code gpxtpx:hr} is {@code hr}). */
    static String local(XMLStreamReader r) {
        String n = r.getLocalName();
        int colon = n.indexOf(':');
        return colon < 0 ? n : n.substring(colon + 1);
    }

    /**
     * Moves to the root element, refusing a DTD on the way.
     *
     * @return the root element's local name
     */
    static String root(XMLStreamReader r, String sourceName) throws BadContentException, XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.DTD) {
                throw new UnsafeContentException(
                        sourceName,
                        "line " + r.getLocation().getLineNumber()
                                + ": a DOCTYPE/DTD is not allowed (external entities and entity expansion are refused)");
            }
            if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new UnsafeContentException(
                        sourceName,
                        "line " + r.getLocation().getLineNumber() + ": entity reference &" + r.getLocalName()
                                + "; is not allowed");
            }
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return local(r);
            }
        }
        throw new BadContentException(sourceName, "no XML element in the file");
    }

    /** Skips the current element and everything inside it; leaves the reader on its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException(
                        "entity reference &" + r.getLocalName() + "; is not allowed", r.getLocation());
            }
        }
    }

    /** The text of a simple element; leaves the reader on its end tag. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        String first = null;
        StringBuilder more = null;
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (first == null) {
                        first = r.getText();
                    } else {
                        if (more == null) {
                            more = new StringBuilder(first);
                        }
                        more.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> skip(r);
                case XMLStreamConstants.END_ELEMENT -> {
                    String s = more != null ? more.toString() : first == null ? "" : first;
                    return s.trim();
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new XMLStreamException(
                            "entity reference &" + r.getLocalName() + "; is not allowed", r.getLocation());
                default -> {}
            }
        }
    }

    /** A message for a StAX error: line and column first, without the parser's boilerplate. */
    static String clean(XMLStreamException e) {
        Location loc = e.getLocation();
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = msg.indexOf("Message: ");
        if (i >= 0) {
            msg = msg.substring(i + "Message: ".length());
        }
        msg = msg.replace('\n', ' ').trim();
        if (loc != null && loc.getLineNumber() > 0) {
            return "line " + loc.getLineNumber() + ", column " + loc.getColumnNumber() + ": " + msg;
        }
        return msg;
    }

    static int line(XMLStreamReader r) {
        return r.getLocation().getLineNumber();
    }

    /** A number from element or attribute text; null when it is not a finite number. */
    static Double number(String s) {
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number from text that may carry decimals ("152.0"); null when it is not a number. */
    static Integer integer(String s) {
        Double d = number(s);
        return d == null ? null : (int) Math.round(d);
    }
}
