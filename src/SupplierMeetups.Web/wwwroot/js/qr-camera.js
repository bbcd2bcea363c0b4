// The camera for the kiosk, the booths' lead capture and the meeting tables: reads a QR code (BarcodeDetector where
// the browser has it, otherwise the vendored jsQR), types it into the form's field and sends the form. A USB scanner
// types into the focused field and presses Enter; without this script the forms post themselves.
(function () {
    'use strict';
    var form = document.querySelector('form[data-qr-form]');
    var toggle = document.getElementById('camera-toggle');
    var video = document.getElementById('camera-view');
    if (!form || !toggle || !video || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { return; }
    var field = form.querySelector('[data-qr-input]');
    var status = document.getElementById('scan-status');
    toggle.hidden = false;
    var stream = null;
    var sent = false;

    function detector() {
        if ('BarcodeDetector' in window) {
            var native = new window.BarcodeDetector({ formats: ['qr_code'] });
            return Promise.resolve(function () {
                return native.detect(video).then(function (codes) { return codes.length ? codes[0].rawValue : null; });
            });
        }
        return new Promise(function (resolve, reject) {
            var script = document.createElement('script');
            script.src = '/lib/jsqr/jsQR.js';
            script.onload = function () {
                var canvas = document.createElement('canvas');
                var context = canvas.getContext('2d', { willReadFrequently: true });
                resolve(function () {
                    if (!video.videoWidth) { return Promise.resolve(null); }
                    canvas.width = video.videoWidth;
                    canvas.height = video.videoHeight;
                    context.drawImage(video, 0, 0);
                    var image = context.getImageData(0, 0, canvas.width, canvas.height);
                    var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
                    return Promise.resolve(code ? code.data : null);
                });
            };
            script.onerror = reject;
            document.head.appendChild(script);
        });
    }

    function loop(read) {
        if (!stream || sent) { return; }
        read().then(function (text) {
            if (text && !sent) {
                sent = true;
                field.value = text;
                form.submit();
            }
        }).catch(function () { }).then(function () { setTimeout(function () { loop(read); }, 150); });
    }

    toggle.addEventListener('click', function () {
        if (stream) {
            stream.getTracks().forEach(function (t) { t.stop(); });
            stream = null;
            video.hidden = true;
            return;
        }
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (s) {
            stream = s;
            video.srcObject = s;
            video.hidden = false;
            return video.play().then(detector).then(loop);
        }).catch(function () { if (status) { status.textContent = toggle.dataset.errorLabel || ''; } });
    });
})();
