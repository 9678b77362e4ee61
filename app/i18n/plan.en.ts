// English strings of the plan pages (app/pages/plan/).
export const planEn = {
  title: 'Plan',
};
