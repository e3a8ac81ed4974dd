using Justice.Portal.Hosting;
using Justice.Portal.Operator;

var (verb, hostArgs) = OperatorCommand.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddJusticeHost();

var app = builder.Build();
if (verb is not null)
    return await OperatorCommand.RunAsync(app, verb, hostArgs);

await app.PrepareDatabaseAsync();
app.UseJusticeHost();
await app.RunAsync();
return 0;
public partial class Program;
