// Run before each test file (jest setupFiles). The real image build (buildah) is proven by the
// tests chosen for it — test/rehearse/buildah.test.ts and the default rehearsal of
// test/rehearse/cli.test.ts, which set RELEASE_ACTIONS_NO_BUILDAH=0 — and every other rehearsal
// uses the synthetic image, so that the suite's time does not grow with each rehearsal it runs.
// Set RELEASE_ACTIONS_NO_BUILDAH=0 to build for real everywhere.
process.env.RELEASE_ACTIONS_NO_BUILDAH ??= '1';
