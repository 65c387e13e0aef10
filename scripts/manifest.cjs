// The manifest Excel installs from. manifest.xml in the repository is the
// development one: every URL on https://localhost:3000/. A production build
// writes dist/manifest.xml with the same content on the deployment address,
// taken from one setting: the CHITIEU_DEPLOY_URL environment variable, or
// else package.json's "config"."deploy_url".
const fs = require("node:fs");
const path = require("node:path");

const DEV_ORIGIN = "https://localhost:3000/";

/** The deployment address, checked: https, ending in "/". */
function deployUrl(env = process.env) {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));
  const raw = env.CHITIEU_DEPLOY_URL || (pkg.config && pkg.config.deploy_url) || "";
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`CHITIEU_DEPLOY_URL / package.json config.deploy_url is not a URL: "${raw}"`);
  }
  // Office loads add-ins only over https; a query or fragment would break the paths appended to it.
  if (url.protocol !== "https:" || url.search || url.hash) throw new Error(`The deployment address must be https, without ? or #: "${raw}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The development manifest's text with every URL moved to `origin`. */
function productionManifest(xml, origin) {
  if (!xml.includes(DEV_ORIGIN)) throw new Error(`manifest.xml has no ${DEV_ORIGIN} URLs to replace`);
  return xml.split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, deployUrl, productionManifest };
