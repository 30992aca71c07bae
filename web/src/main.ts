import { mount } from "svelte";
import App from "./App.svelte";
import { startRouter } from "./router.svelte.ts";
import "./app.css";

startRouter();
mount(App, { target: document.getElementById("app")! });
