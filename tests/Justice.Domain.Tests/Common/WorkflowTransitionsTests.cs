using Justice.Domain.Common;

namespace Justice.Domain.Tests.Common;

public class WorkflowTransitionsTests
{
    private enum Door { Open, Closed, Locked }

    private static readonly WorkflowTransitions<Door> Transitions = new("DOOR_TRANSITION_REFUSED",
        (Door.Open, Door.Closed), (Door.Closed, Door.Open), (Door.Closed, Door.Locked), (Door.Locked, Door.Closed));

    [Fact]
    public void Allowed_transition_passes()
    {
        Transitions.Ensure(Door.Closed, Door.Locked);
        Assert.True(Transitions.IsAllowed(Door.Open, Door.Closed));
    }

    [Fact]
    public void Refused_transition_throws_the_callers_code()
    {
        var error = Assert.Throws<DomainException>(() => Transitions.Ensure(Door.Open, Door.Locked));
        Assert.Equal("DOOR_TRANSITION_REFUSED", error.Code);
        Assert.False(Transitions.IsAllowed(Door.Locked, Door.Open));
    }
}
