// The portal's file fields in Bahasa: a "Pilih berkas PDF" button and the chosen file's name, in place of the
// browser's own control (whose words follow the browser's language). Without JavaScript the browser's control stays.
(function () {
  'use strict';
  var fields = document.querySelectorAll('input[type=file][data-berkas]');
  Array.prototype.forEach.call(fields, function (input) {
    var box = input.closest('.berkas');
    var name = box.querySelector('.nama-berkas');
    box.classList.add('berkas-bahasa');
    var show = function () {
      name.textContent = input.files && input.files.length ? input.files[0].name : 'Belum ada berkas dipilih';
    };
    input.addEventListener('change', show);
    show();
  });
})();
