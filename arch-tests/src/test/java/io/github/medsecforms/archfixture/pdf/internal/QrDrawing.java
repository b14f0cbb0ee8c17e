package io.github.medsecforms.archfixture.pdf.internal;

import com.google.zxing.qrcode.QRCodeWriter;

/** Allowed: ZXing inside pdf.internal. */
public class QrDrawing {
    public Object writer() {
        return new QRCodeWriter();
    }
}
