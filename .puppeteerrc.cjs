// Puppeteer's install step downloads its own Chrome. Where the system has Chromium (Debian's package, which
// the set-up script installs), that download is skipped and the system browser is used instead; on a
// machine without one, the download works as usual.
const fs = require("node:fs");

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => fs.existsSync(path));

module.exports = systemChromium ? { skipDownload: true } : {};
