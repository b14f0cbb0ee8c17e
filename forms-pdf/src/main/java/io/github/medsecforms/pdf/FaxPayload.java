package io.github.medsecforms.pdf;

import io.github.medsecforms.model.FormIoException;
import io.github.medsecforms.model.internal.io.IoFailure;
import io.github.medsecforms.pdf.internal.FaxCodec;
import java.util.List;
import java.util.Objects;

/**
 * The codec of the QR codes printed on forms for FAX (issue 14, {@code docs/fax.md}): one form's id, version and
 * data as a few self-describing binary chunks, one per QR code, and back. {@code data} is opaque here; the command
 * line and the bridge pass the form's canonical JSON (UTF-8), optionally behind a header naming the values cut to the free-text limit.
 *
 * <p>Encoding version 1 (decisions D-68): every chunk starts with the magic {@code MSF}, the encoding version, a
 * document id (4 bytes of the SHA-256 of the form id, version and data) and its number {@code i} of {@code n}; the
 * chunks' parts joined give the form id, the version, the data compressed with raw Deflate over a dictionary frozen
 * for the encoding version (or stored, when that is shorter) and a CRC-32 of the whole. A reader keeps decoding
 * every earlier encoding version.</p>
 *
 * <pre>{@code
 * List<byte[]> chunks = FaxPayload.encode("support-request", "R6", json, 200);
 * FaxPayload.Decoded back = FaxPayload.decode(chunks);   // back.data() equals json
 * }</pre>
 */
public final class FaxPayload {
    /** The encoding version this class writes, and the newest it reads. */
    public static final int ENCODING_VERSION = FaxCodec.VERSION;

    private FaxPayload() {
    }

    /**
     * The chunks (each at most maxChunkBytes bytes, each a self-describing binary QR payload) that carry one form's
     * data.
     *
     * @param formId        the form's id, e.g. {@code checklist-minimum} (at most 255 bytes of UTF-8)
     * @param formVersion   the form's version, e.g. {@code R6} (at most 255 bytes of UTF-8)
     * @param data          the form's data, opaque to the codec
     * @param maxChunkBytes the most bytes one chunk (one QR code) may hold, header included; at least 16
     * @throws IllegalArgumentException if an id is too long, {@code maxChunkBytes} is below 16 or the data needs
     *                                  more than 255 chunks of that size
     */
    public static List<byte[]> encode(String formId, String formVersion, byte[] data, int maxChunkBytes) {
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(formVersion, "formVersion");
        Objects.requireNonNull(data, "data");
        return FaxCodec.encode(formId, formVersion, data, maxChunkBytes);
    }

    /**
     * One form back from its chunks (any order, duplicates allowed).
     *
     * @throws FormIoException coded: MSF-IO-0410 a chunk that is no medsec-forms code (naming which), MSF-IO-0411
     *                         an encoding version newer than this reader knows, MSF-IO-0412 chunks of two different
     *                         documents, MSF-IO-0413 chunks missing (naming which, as printed: 2/3), MSF-IO-0414 a
     *                         checksum mismatch, MSF-IO-0415 chunks that cannot be put together (damaged), MSF-IO-0416
     *                         no chunk at all
     */
    public static Decoded decode(List<byte[]> chunks) {
        Objects.requireNonNull(chunks, "chunks");
        try {
            FaxCodec.Decoded d = FaxCodec.decode(chunks);
            return new Decoded(d.formId(), d.formVersion(), d.data(), d.encodingVersion());
        } catch (IoFailure f) {
            throw f.toException();
        }
    }

    /**
     * A form's data as it came out of its codes.
     *
     * @param formId          the form's id
     * @param formVersion     the form's version
     * @param data            the data as given to {@link #encode}
     * @param encodingVersion the encoding version the chunks were written in (1 today)
     */
    public record Decoded(String formId, String formVersion, byte[] data, int encodingVersion) {
        public Decoded {
            Objects.requireNonNull(formId, "formId");
            Objects.requireNonNull(formVersion, "formVersion");
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Decoded d && formId.equals(d.formId) && formVersion.equals(d.formVersion)
                    && java.util.Arrays.equals(data, d.data) && encodingVersion == d.encodingVersion;
        }

        @Override
        public int hashCode() {
            return Objects.hash(formId, formVersion, java.util.Arrays.hashCode(data), encodingVersion);
        }

        @Override
        public String toString() {
            return "Decoded[" + formId + " " + formVersion + ", " + data.length + " bytes, encoding "
                    + encodingVersion + "]";
        }
    }
}
