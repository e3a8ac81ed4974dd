using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Code;

/// <summary>/phap-dien: subjects → topics (operation <c>Index.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel(PortalOperations operations) : PageModel
{
    public sealed record Data(IReadOnlyList<Subject> CodificationSubjects);
    public sealed record Subject(string Id, int Number, string Name, IReadOnlyList<Topic> Topics);
    public sealed record Topic(string Id, string Code, string Name);

    public IReadOnlyList<Subject> Subjects { get; private set; } = [];
    public string? Problem { get; private set; }

    public async Task OnGetAsync()
    {
        var result = await operations.QueryAsync<Data>(HttpContext, "Code/Index");
        if (result.Succeeded) Subjects = result.Data!.CodificationSubjects;
        else Problem = result.Message(PortalLanguage.IsEnglish(HttpContext));
    }
}
