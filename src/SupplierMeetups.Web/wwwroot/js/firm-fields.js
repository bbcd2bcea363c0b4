// The firm's city: one of Türkiye's 81 provinces from a list when the country is Türkiye, written freely abroad.
(function () {
  for (const country of document.querySelectorAll("select[data-province-field]")) {
    const form = country.form;
    const provinces = form.querySelector("select[data-turkish-provinces]");
    const abroad = form.querySelector("input[data-city-abroad]");
    const label = document.getElementById("Input_City_Label");
    if (!provinces || !abroad) continue;
    const swap = () => {
      const turkish = country.value === "TR";
      provinces.hidden = provinces.disabled = !turkish;
      abroad.hidden = abroad.disabled = turkish;
      if (label) label.htmlFor = turkish ? provinces.id : abroad.id;
    };
    country.addEventListener("change", swap);
  }
})();
