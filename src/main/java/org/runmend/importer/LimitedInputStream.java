package org.runmend.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails once they pass a limit, so a gzip or ZIP bomb is
 * stopped after the limit's worth of real inflated bytes. An optional shared counter carries
 * an archive's total across its entries.
 */
final class LimitedInputStream extends FilterInputStream {
    /** An archive's running total, shared by the streams of its entries. */
    static final class Budget {
        private final long max;
        private long used;

        Budget(long max) {
            this.max = max;
        }

        long used() {
            return used;
        }
    }

    /** Thrown (as an IOException, through the stream) when a limit is passed. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    private final long max;
    private final Budget total;
    private long count;

    LimitedInputStream(InputStream in, long max, Budget total) {
        super(in);
        this.max = max;
        this.total = total;
    }

    private void add(long n) throws LimitExceeded {
        if (n <= 0) {
            return;
        }
        count += n;
        if (count > max) {
            throw new LimitExceeded("inflates to more than " + max / (1024 * 1024) + " MB");
        }
        if (total != null) {
            total.used += n;
            if (total.used > total.max) {
                throw new LimitExceeded(
                        "the archive inflates to more than " + total.max / (1024 * 1024) + " MB in all");
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        add(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        add(s);
        return s;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
