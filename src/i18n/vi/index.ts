// Vietnamese, the catalog's source language: every key there is (../en has the
// same keys in English). The pane ships ./first and fetches ./later; Node
// entry points and tests take the whole.
import { viFirst } from "./first";
import { viLater } from "./later";

export const vi = { ...viFirst, ...viLater };
