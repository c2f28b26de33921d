// Keyboard input fed to ImGui one frame at a time, so no press is lost (ImGui 1.86 keeps only "is down").
#pragma once

struct GLFWwindow;

namespace factdeck::ui {

// Takes over the window's key and char callbacks (call after ImGui_ImplGlfw_InitForOpenGL): GLFW's events
// are queued in the order they came instead of going straight to ImGui.
void install_input_queue(GLFWwindow* window);

// Before ImGui::NewFrame: hands ImGui (and the views' key log) the queued events, in order, until a key
// would change state a second time in this frame, or a character and a key that acts on text would share
// it. The rest wait for the next frame, so every press is seen down for at least one frame and text keeps
// its order (a press and its release sent at once, a slow frame, xdotool).
// Returns true when it gave anything.
bool feed_input_for_frame();

// Events still waiting for a frame: the loop must not block in glfwWaitEvents while there are any.
bool input_queued();

// For a view that asks for a text field's focus in this frame: ImGui activates the field in the next frame and
// types that frame's characters into it before the view can set it up (the editor selects the field's text
// then, so a character typed that early was selected with it and replaced: lost). The next frame gets no
// characters; they wait for the frame after.
void hold_characters_next_frame();

// With FACTDECK_INPUT_LOG=FILE, the app appends "idle PRESSES CHARS" to FILE each time it is about to wait
// for input with nothing queued and no frames owed: every key press so far (PRESSES of them) and every typed
// character (CHARS) has been given to the screens, and the frames after them are drawn. End-to-end tests wait
// on this instead of sleeping. Typed text is waited for by its characters: how many presses a character takes
// (a Shift, or none for a character xdotool maps on the fly) depends on the keyboard map.
// Other lines ("ready", "quit-asked", ...) mark moments a test can wait for too.
void open_input_log();  // at the start (not for --screenshot): truncates FILE
void log_input_event(const char* what);
void log_idle();

}  // namespace factdeck::ui
