package org.sillage;

public final class Sillage {
    public static void main(String[] args) {
    }
}
