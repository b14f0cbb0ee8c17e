package io.github.medsecforms.archfixture.pdf;

import com.google.zxing.qrcode.QRCodeWriter;

/** Breaks rule 4h: a non-internal pdf class that draws QR codes with ZXing. */
public class QrApi {
    public Object writer() {
        return new QRCodeWriter();
    }
}
