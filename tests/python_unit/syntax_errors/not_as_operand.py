a + not b
