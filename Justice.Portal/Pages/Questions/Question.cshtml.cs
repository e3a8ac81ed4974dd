using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Questions;

/// <summary>/hoi-dap/cau-hoi/{id}: a published question and its answer (operation <c>Question.graphql</c>); 404 for any other.</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class QuestionModel(PortalOperations operations) : PageModel
{
    public sealed record Data(Question? Node);
    public sealed record Question(string Id, string Title, string Field, string QuestionText, DateTime ReceivedAt, string? AnswerText,
        string? AnsweredBy, DateTime? AnsweredAt, DateTime? PublishedAt);

    public Question Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var result = await operations.QueryAsync<Data>(HttpContext, "Questions/Question", new { id });
        // node(id) of another type comes back as an empty object: no title, not a question.
        if (result.Data?.Node is not { Title: not null, AnswerText: not null } question)
        {
            if (result.Errors.Count > 0 && !result.HasError("INVALID_ID") && !result.HasError("NOT_FOUND")) return StatusCode(503);
            return NotFound();
        }
        Item = question;
        return Page();
    }
}
