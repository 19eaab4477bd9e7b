package io.kubelift.rubric;

/** The type of a fact's value, which decides the operators a condition may apply to it. */
public enum FactType {
  /** Free or enumerated text, compared ignoring case. */
  STRING,
  /** A number. */
  NUMBER,
  /** true or false. */
  BOOLEAN,
  /** A list of strings. */
  LIST,
  /** A version such as {@code 7.9} or {@code 2008 R2}: text, compared as a number by its leading digits. */
  VERSION
}
