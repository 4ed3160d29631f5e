/** The bundle entry of the command line (`dist/cli/index.js`, started by `bin/release-actions.js`). */
export {};
const argv = process.argv.slice(2);
if (argv[0] === 'doctor') {
  // doctor loads nothing of the rehearsal (its servers, the workflow engine): its own chunk.
  const { doctorMain } = await import('../doctor/cli.js');
  process.exit(await doctorMain(argv.slice(1), { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) }));
}
const { run } = await import('./cli.js');
await run(argv);
