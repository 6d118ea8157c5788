// Node-side tests need no global set-up yet; the file exists so every package shares one shape.
export {};
