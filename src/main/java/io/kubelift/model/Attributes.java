package io.kubelift.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A VM's attributes: an immutable map sorted by key, kept as two arrays. A VM read from RVTools has some twenty
 * attributes; as tree-map entries they were the largest part of a 100,000-VM model, and the arrays take a third of
 * that. Copying a VM (into an application, merged with another record) shares the arrays.
 */
final class Attributes extends AbstractMap<String, String> {
  static final Attributes EMPTY = new Attributes(new String[0], new String[0]);
  private final String[] keys;
  private final String[] values;

  private Attributes(String[] keys, String[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The map as attributes: itself when it already is, else a sorted copy. */
  static Attributes of(Map<String, String> m) {
    if (m instanceof Attributes a) {
      return a;
    }
    if (m.isEmpty()) {
      return EMPTY;
    }
    String[] k = m.keySet().toArray(new String[0]);
    Arrays.sort(k);
    String[] v = new String[k.length];
    for (int i = 0; i < k.length; i++) {
      v[i] = m.get(k[i]);
    }
    return new Attributes(k, v);
  }

  @Override
  public String get(Object key) {
    int i = key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
    return i >= 0 ? values[i] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String s && Arrays.binarySearch(keys, s) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < keys.length;
          }

          @Override
          public Entry<String, String> next() {
            if (i >= keys.length) {
              throw new NoSuchElementException();
            }
            Entry<String, String> e = new SimpleImmutableEntry<>(keys[i], values[i]);
            i++;
            return e;
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
