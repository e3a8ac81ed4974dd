// Counts down the time left in a contest quiz. Only an enhancement: the server keeps the deadline, so the page works
// (and stays correct after a reload) without this script; at zero the form is handed in so the attempt is scored.
(function () {
  "use strict";
  var box = document.getElementById("thoi-gian");
  var clock = document.getElementById("con-lai");
  if (!box || !clock) return;
  var remaining = parseInt(box.getAttribute("data-remaining"), 10);
  if (isNaN(remaining)) return;
  var end = Date.now() + remaining * 1000;
  clock.setAttribute("role", "timer");
  function show(seconds) {
    var m = Math.floor(seconds / 60), s = seconds % 60;
    clock.textContent = m + ":" + (s < 10 ? "0" : "") + s;
  }
  var timer = setInterval(function () {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    show(left);
    if (left <= 1) {
      clearInterval(timer);
      var submit = document.querySelector("form.quiz button[formaction*='handler=Submit']");
      if (submit) submit.click();
    }
  }, 1000);
}());
