// plugin-throttling uses Bottleneck's light build; the package only types its full build.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
