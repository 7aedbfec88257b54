declare module "virastar" {
  export default class Virastar {
    constructor(options?: Record<string, boolean>);
    cleanup(text: string, options?: Record<string, boolean>): string;
  }
}
