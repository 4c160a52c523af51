// A radio or checkbox that reveals a question below it: GOV.UK Frontend marks it
// aria-expanded, which ARIA does not allow on a radio or a checkbox (axe-core's
// aria-allowed-attr, a WCAG 4.1.2 failure). The question it reveals follows it, and
// aria-controls, which is allowed, stays.
const revealing = ".govuk-radios__input[aria-expanded], .govuk-checkboxes__input[aria-expanded]"

const unmark = (input) => input.removeAttribute("aria-expanded")

document.querySelectorAll(revealing).forEach(unmark)
new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.target instanceof Element && change.target.matches(revealing)) unmark(change.target)
  }
}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-expanded"] })
