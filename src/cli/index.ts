import { main } from './main.js';
import { exitWhenFlushed } from './exit.js';

await exitWhenFlushed(await main(process.argv.slice(2)));
