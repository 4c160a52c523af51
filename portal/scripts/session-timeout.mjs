// The idle time-out, told to a signed-in person without losing their work (WCAG 2.2.1).
// Before the time-out a modal dialog keeps the page; "Stay signed in" (or Escape) asks the
// server for more time in the background, and typing or clicking on the page does too.
// If the session ends anyway, what was typed is kept in this tab's sessionStorage and put
// back when the person signs in again and returns to the page (and so when they change
// the page's language) (see portal/auth/timeout.py
// for why there and not on the server). The server enforces the time-out whatever this
// script does: this only tells people and keeps their work.
const body = document.body
const data = body.dataset
const timeout = Number(data.sessionTimeoutSeconds || 0) * 1000
const warning = Number(data.sessionWarningSeconds || 0) * 1000
const DRAFT_PREFIX = 'portal-draft:'
const DRAFT_MAX_AGE = 12 * 60 * 60 * 1000
const SAVED_INPUTS = new Set(['text', 'email', 'tel', 'number', 'date', 'radio', 'checkbox', 'search', 'url'])
const draftKey = DRAFT_PREFIX + location.pathname

let deadline = Date.now() + Number(data.sessionSecondsLeft || timeout / 1000) * 1000
let ending = false
let signingOut = false

function storage () {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

function forgetDrafts (keep = () => false) {
  const store = storage()
  if (!store) return
  for (const key of Object.keys(store)) {
    if (key.startsWith(DRAFT_PREFIX) && !keep(key)) store.removeItem(key)
  }
}

function draftForms () {
  const signOut = data.sessionSignOutUrl
  return Array.from(document.querySelectorAll('main form')).filter(
    (form) => form.method === 'post' && !form.hasAttribute('data-no-draft') &&
      new URL(form.action, location.href).pathname !== signOut
  )
}

function draftFields (form) {
  return Array.from(form.elements).filter((field) => {
    // Fields the page asks the browser not to remember (autocomplete="off": link codes) are
    // not kept either, nor passwords, one-time codes, card details, hidden fields or files.
    if (!field.name || field.disabled || /^off$|password|one-time-code|^cc-/.test(field.autocomplete)) return false
    if (field.tagName === 'TEXTAREA' || field.tagName === 'SELECT') return true
    return field.tagName === 'INPUT' && SAVED_INPUTS.has(field.type)
  })
}

function changed (field) {
  if (checkable(field)) return field.checked !== field.defaultChecked
  if (field.tagName === 'SELECT') return Array.from(field.options).some((o) => o.selected !== o.defaultSelected)
  return field.value !== field.defaultValue
}

function checkable (field) {
  return field.type === 'radio' || field.type === 'checkbox'
}

// Puts a kept entry back into its field; whether that changed what the page shows.
function putBack (field, entry) {
  const state = () => checkable(field)
    ? String(field.checked)
    : (field.tagName === 'SELECT' ? Array.from(field.options).map((o) => o.selected).join() : field.value)
  const before = state()
  if (entry.checked !== null) {
    field.checked = entry.checked
  } else if (field.tagName === 'SELECT') {
    for (const option of field.options) option.selected = entry.text.includes(option.value)
  } else {
    field.value = entry.text
  }
  if (state() === before) return false
  field.dispatchEvent(new Event('input', { bubbles: true }))
  field.dispatchEvent(new Event('change', { bubbles: true }))
  return true
}

function saveDraft (reason = 'signed-out') {
  const store = storage()
  if (!store || !data.sessionDraftOwner) return
  const forms = draftForms().map((form) => draftFields(form).map((field) => ({
    name: field.name,
    value: checkable(field) ? field.value : null,
    checked: checkable(field) ? field.checked : null,
    text: field.tagName === 'SELECT'
      ? Array.from(field.selectedOptions).map((o) => o.value)
      : (checkable(field) ? null : field.value)
  })))
  const anyChange = draftForms().some((form) => draftFields(form).some(changed))
  if (!anyChange) return
  store.setItem(draftKey, JSON.stringify({ owner: data.sessionDraftOwner, savedAt: Date.now(), reason, forms }))
}

function restoreDraft () {
  const store = storage()
  if (!store) return
  forgetDrafts((key) => {
    try {
      const draft = JSON.parse(store.getItem(key))
      return draft.owner === data.sessionDraftOwner && Date.now() - draft.savedAt < DRAFT_MAX_AGE
    } catch {
      return false
    }
  })
  const saved = store.getItem(draftKey)
  if (!saved) return
  store.removeItem(draftKey)
  const forms = draftForms()
  const draft = JSON.parse(saved)
  let restored = 0
  draft.forms.forEach((fields, index) => {
    const form = forms[index]
    if (!form) return
    const present = draftFields(form)
    // Boxes that share a name (a date's day, month and year) were kept in the page's
    // order: the n-th kept goes back into the n-th, not each into all of them.
    const taken = new Map()
    for (const entry of fields) {
      let targets
      if (entry.checked !== null) {
        targets = present.filter((f) => checkable(f) && f.name === entry.name && f.value === entry.value)
      } else {
        const n = taken.get(entry.name) || 0
        taken.set(entry.name, n + 1)
        targets = present.filter((f) => f.name === entry.name && !checkable(f)).slice(n, n + 1)
      }
      for (const field of targets) {
        if (putBack(field, entry)) restored += 1
      }
    }
  })
  // Say so only when something was filled back in: a draft may hold nothing that is
  // kept now (a link code, kept by an earlier copy of this script) or on this page.
  const notice = document.querySelector(`[data-draft-restored="${draft.reason || 'signed-out'}"]`)
  if (notice && restored > 0) {
    notice.hidden = false
    notice.focus()
  }
}

// What a form sends is kept as it goes, until a page shows the server took it: the next
// page signed in and not an error. A page signed out (the person signed out in another
// tab, or their session ended there) or an error page keeps it, to be put back when they
// return to the form's page.
function settleSent () {
  const store = storage()
  if (!store) return
  const kept = !data.sessionDraftOwner ? 'signed-out' : (data.formRefused === 'true' ? 'not-sent' : null)
  for (const key of Object.keys(store)) {
    if (!key.startsWith(DRAFT_PREFIX)) continue
    let draft
    try {
      draft = JSON.parse(store.getItem(key))
    } catch {
      continue
    }
    if (draft.reason !== 'sending') continue
    if (kept) {
      store.setItem(key, JSON.stringify({ ...draft, reason: kept }))
    } else {
      store.removeItem(key)
    }
  }
}

settleSent()

function end (target, next) {
  if (ending) return
  ending = true
  if (!signingOut) saveDraft()
  location.assign(`${target}?next=${encodeURIComponent(next)}`)
}

const dialog = document.getElementById('session-timeout')
const onWarningPage = data.sessionWarningPage === 'true'

if (timeout > warning && warning > 0 && onWarningPage) {
  // The page without JavaScript's dialog: it has its own buttons; this only ends the session.
  window.setInterval(() => {
    if (Date.now() >= deadline) end(data.sessionEndedUrl, data.sessionNext)
  }, 1000)
} else if (timeout > warning && warning > 0 && dialog) {
  const here = location.pathname + location.search
  const stayButton = dialog.querySelector('[data-timeout-stay]')
  const visible = dialog.querySelector('[data-countdown-visible]')
  const announced = dialog.querySelector('[data-countdown-announced]')
  const error = dialog.querySelector('[data-timeout-error]')
  const texts = JSON.parse(dialog.dataset.countdown)
  const plurals = new Intl.PluralRules(document.documentElement.lang || 'en')
  // The number in the digits the server writes for this language (data-number-language
  // carries its numbering system, as ar-u-nu-latn or fa-u-nu-arabext).
  const numbers = new Intl.NumberFormat(dialog.dataset.numberLanguage || document.documentElement.lang || 'en')
  const throttle = Math.min(60000, (timeout - warning) / 3)
  let lastAsked = Date.now()
  let trailing = null
  let returnFocus = null
  let lastAnnounced = ''
  let closing = false

  const sentence = (unit, count) =>
    (texts[unit][plurals.select(count)] ?? texts[unit].other).replace('{count}', numbers.format(count))

  function countdown (left) {
    const seconds = Math.max(0, Math.ceil(left / 1000))
    const text = seconds >= 60 ? sentence('minutes', Math.ceil(seconds / 60)) : sentence('seconds', seconds)
    visible.textContent = text
    // Screen readers hear the time when it changes by a minute, then every 15 seconds.
    const step = seconds >= 60 ? text : `s${Math.ceil(seconds / 15)}`
    if (step !== lastAnnounced) {
      lastAnnounced = step
      announced.textContent = text
    }
  }

  async function keepAlive () {
    lastAsked = Date.now()
    let response
    try {
      response = await fetch(data.sessionKeepAliveUrl, {
        method: 'POST',
        headers: { 'X-CSRFToken': dialog.dataset.csrfToken, Accept: 'application/json' },
        credentials: 'same-origin',
        redirect: 'manual',
        cache: 'no-store'
      })
    } catch {
      return false
    }
    if (response.type === 'opaqueredirect' || response.status === 400 || response.status === 401) {
      end(data.sessionEndedUrl, here)
      return false
    }
    if (!response.ok) return false
    const answer = await response.json()
    deadline = Date.now() + answer.seconds_left * 1000
    return true
  }

  function open () {
    returnFocus = document.activeElement
    error.hidden = true
    lastAnnounced = ''
    countdown(deadline - Date.now())
    dialog.showModal()
    stayButton.focus()
  }

  function close () {
    closing = true
    dialog.close()
    closing = false
    if (returnFocus && returnFocus !== document.body && document.contains(returnFocus)) {
      returnFocus.focus()
    }
  }

  async function stay () {
    if (await keepAlive()) {
      close()
    } else if (!ending) {
      error.hidden = false
      announced.textContent = error.textContent
      stayButton.focus()
    }
  }

  function activity () {
    if (dialog.open || ending) return
    const since = Date.now() - lastAsked
    if (since >= throttle) {
      keepAlive()
    } else if (trailing === null) {
      trailing = window.setTimeout(() => {
        trailing = null
        keepAlive()
      }, throttle - since)
    }
  }

  stayButton.addEventListener('click', stay)
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      stay()
    } else if (event.key === 'Tab') {
      const focusable = Array.from(dialog.querySelectorAll('button:not([disabled])'))
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault()
        last.focus()
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault()
        first.focus()
      }
    }
  })
  dialog.addEventListener('cancel', (event) => event.preventDefault())
  // Should the browser close the dialog itself (a second Escape), that is staying too.
  dialog.addEventListener('close', () => {
    if (!closing && !ending) keepAlive()
  })

  for (const type of ['keydown', 'input', 'pointerdown']) {
    document.addEventListener(type, activity, { passive: true, capture: true })
  }
  document.addEventListener('submit', (event) => {
    const action = new URL(event.target.action, location.href).pathname
    if (action === data.sessionSignOutUrl) {
      signingOut = true
      forgetDrafts()
    } else {
      storage()?.removeItem(draftKey)
      if (draftForms().includes(event.target)) saveDraft('sending')
    }
  })
  window.addEventListener('pagehide', () => {
    if (dialog.open && !ending && !signingOut) saveDraft()
  })

  // Changing the language reloads the page: what was typed, not yet saved, comes back.
  for (const link of document.querySelectorAll('a.portal-language-switcher__link')) {
    link.addEventListener('click', () => saveDraft('language'))
  }

  if (data.formRefused !== 'true') restoreDraft()
  window.setInterval(() => {
    if (ending) return
    const left = deadline - Date.now()
    if (left <= 0) {
      end(data.sessionEndedUrl, here)
    } else if (left <= warning) {
      if (!dialog.open) open()
      countdown(left)
    } else if (dialog.open) {
      close()
    }
  }, 1000)
}
