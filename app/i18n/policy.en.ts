// English strings of the policy pages (app/pages/policy/).
export const policyEn = {
  title: 'Policy',
};
