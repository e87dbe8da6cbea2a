/** The words of the hardware question's rules and warnings (hardware.ts), by id. */
import type { RuleWords } from '../question.ts';

/** What this question's rules and warnings say (result pages, records and the map). A file of its own, so the quiz engine's code leaves them out. */
export const hardwareWords: RuleWords = {
  'needs-accelerator': {
    says: 'Lambda and Cloud Run functions offer no GPUs; GPUs come with managed containers, batch services and virtual machines. Only on Azure can functions, hosted on Container Apps, use serverless GPUs.',
  },
  'gpu-functions-azure': {
    says: 'On Azure, functions hosted on Container Apps can use serverless GPUs, so GPU work does not rule functions out there.',
    label: 'serverless GPUs on Container Apps',
    nextStep: 'Host the functions on Azure Container Apps with a serverless GPU workload profile, and request GPU quota in a region that offers it.',
  },
  'beyond-function-sizes': {
    says: 'Work that needs more memory, CPU or code than the largest function allows does not fit a function; containers, batch jobs and virtual machines come in larger sizes.',
  },
  'custom-system': {
    says: 'Functions and managed container platforms run your image on a kernel the provider chooses and keep no local disk between runs; a custom kernel or lasting local data needs machines you control.',
  },
  'standard-hardware': {
    says: 'Ordinary CPU and memory fit the sizes functions come in.',
  },
};
