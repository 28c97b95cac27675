package io.incidentbot;
public class Main { public static void main(String[] a){} }
