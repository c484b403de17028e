/**
 * A node drawn as a hollow ring: how the map flags people who appear in interactions
 * or attendance but not in the registry. Same geometry as sigma's circle program;
 * only the fragment shader differs (it punches a white hole). In picking mode the
 * whole disc stays clickable.
 */
import type { Attributes } from "graphology-types";
import { NodeCircleProgram } from "sigma/rendering";

// language=GLSL
const RING_FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
const vec4 hole = vec4(1.0, 1.0, 1.0, 1.0);

void main(void) {
  float feather = u_correctionRatio * 2.0;
  float d = length(v_diffVector);
  float outer = d - v_radius + feather;

  #ifdef PICKING_MODE
  gl_FragColor = outer > feather ? transparent : v_color;
  #else
  float ringWidth = max(v_radius * 0.4, u_correctionRatio * 3.0);
  float insideHole = clamp((v_radius - ringWidth - d) / feather, 0.0, 1.0);
  vec4 fill = mix(v_color, hole, insideHole);
  float t = outer > feather ? 1.0 : (outer > 0.0 ? outer / feather : 0.0);
  gl_FragColor = mix(fill, transparent, t);
  #endif
}
`;

export class NodeRingProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeCircleProgram<N, E, G> {
  override getDefinition() {
    return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: RING_FRAGMENT_SHADER };
  }
}
