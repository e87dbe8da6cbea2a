/**
 * Types for the asl-validator package (4.x), which ships JavaScript only:
 * the one function this project calls, as its README documents it.
 */
declare module 'asl-validator' {
  interface StateMachineError {
    'Error code': string;
    Message: string;
  }
  interface ValidationResult {
    isValid: boolean;
    errors: StateMachineError[];
    errorsText: (separator?: string) => string;
  }
  function validator(definition: unknown, options?: { checkPaths: boolean; checkArn: boolean }): ValidationResult;
  export = validator;
}
