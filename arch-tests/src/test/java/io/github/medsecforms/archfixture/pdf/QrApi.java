package io.github.medsecforms.archfixture.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.qrcode.QRCodeWriter;

/** Breaks rules 4d' and 4g: a public, non-internal pdf class that draws with ZXing and hands out a ZXing result. */
public class QrApi {
    public Result first(byte[] code) {
        return new Result("", code, null, BarcodeFormat.QR_CODE);
    }

    public Object writer() {
        return new QRCodeWriter();
    }
}
