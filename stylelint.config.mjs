/**
 * Stylelint over global.css and every component's <style> (postcss-html reads .astro files): the recommended
 * rules catch what is likely a mistake (an unknown property, an invalid colour, an empty block), and
 * no-duplicate-selectors keeps each rule in one place, so that a rule's one place is the place to change it.
 * @type {import('stylelint').Config}
 */
export default {
  extends: ['stylelint-config-recommended'],
  overrides: [{ files: ['**/*.astro'], customSyntax: 'postcss-html' }],
  rules: {
    // Astro's scoped styles reach a child component's markup with :global().
    'selector-pseudo-class-no-unknown': [true, { ignorePseudoClasses: ['global'] }],
    // Specificity order is the cascade's business in small scoped sheets; the rule mostly reports false alarms.
    'no-descending-specificity': null,
    'no-duplicate-selectors': true,
    'declaration-block-no-duplicate-custom-properties': true,
  },
};
