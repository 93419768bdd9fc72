package org.runmend.knowledge;

/** The knowledge base is broken: names the file and the entry so it can be fixed. */
public final class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String entry;

    public KnowledgeException(String file, String entry, String problem) {
        super("knowledge/" + file + (entry == null ? "" : ", entry '" + entry + "'") + ": " + problem);
        this.file = file;
        this.entry = entry;
    }

    public String file() {
        return file;
    }

    public String entry() {
        return entry;
    }
}
