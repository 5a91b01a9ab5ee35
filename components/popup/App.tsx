export function App() {
  return (
    <main data-testid="popup">
      <h1>Asistente Clave IESS</h1>
      <p>No oficial. No es el IESS ni el BIESS.</p>
    </main>
  );
}
