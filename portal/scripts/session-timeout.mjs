// Warns a signed-in person before the idle time-out, then shows the signed-out page.
// The server enforces the time-out whatever this script does; this only tells people.
const body = document.body
const timeout = Number(body.dataset.sessionTimeoutSeconds || 0)
const warning = Number(body.dataset.sessionWarningSeconds || 0)

if (timeout > warning && warning > 0) {
  const onWarningPage = body.dataset.sessionWarningPage === 'true'
  const next = onWarningPage ? body.dataset.sessionNext : location.pathname + location.search
  const target = onWarningPage ? body.dataset.sessionEndedUrl : body.dataset.sessionExpiringUrl
  const delay = (onWarningPage ? warning : timeout - warning) * 1000
  window.setTimeout(() => {
    location.assign(`${target}?next=${encodeURIComponent(next)}`)
  }, delay)
}
