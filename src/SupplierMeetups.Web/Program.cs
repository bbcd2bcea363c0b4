var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "SupplierMeetups");
app.Run();

public partial class Program;
