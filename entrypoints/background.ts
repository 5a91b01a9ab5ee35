export default defineBackground(() => {
  // Wired in the popup issue: signals from the content script, alarms and notifications.
});
