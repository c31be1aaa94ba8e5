"""The marketing side of an account's resource tree: template groups, welcome message sequences of
Click-to-WhatsApp ads, audiences, message campaigns, creative optimisation settings, message samples and
business messaging feature statuses. One line per operation, as in `waba.resources` (which attaches them to
`client.account(waba_id)`)."""

from __future__ import annotations

from .lazy import api, models
from .operations import Endpoint, Paged
from .resource_base import M, Resource


class TemplateGroups(Resource[M]):
    """`/{waba-id}/template_groups`: named groups of the account's templates."""

    list = Paged(api.message_templates.list_template_groups.build_request, models.TemplateGroupList)
    create = Endpoint(api.message_templates.create_template_group.build_request, models.IdResponse)


class WelcomeMessageSequences(Resource[M]):
    """`/{waba-id}/welcome_message_sequences`: what a Click-to-WhatsApp ad shows when the chat opens."""

    list = Paged(
        api.welcome_message_sequences.list_welcome_message_sequences.build_request, models.WelcomeMessageSequenceList
    )
    create = Endpoint(
        api.welcome_message_sequences.create_welcome_message_sequence.build_request,
        models.WelcomeMessageSequenceCreateResult,
    )
    delete = Endpoint(
        api.welcome_message_sequences.delete_welcome_message_sequence.build_request, models.SuccessResponse
    )


class Audiences(Resource[M]):
    """`/{waba-id}/audiences`: audiences for marketing messages."""

    list = Paged(api.marketing_messages.list_audiences.build_request, models.AudienceList)


class MessageCampaigns(Resource[M]):
    """`/{waba-id}/message_campaigns`: marketing message campaigns."""

    list = Paged(api.marketing_messages.list_message_campaigns.build_request, models.MessageCampaignList)


class DegreesOfFreedomSpec(Resource[M]):
    """`/{waba-id}/degrees_of_freedom_spec`: which creative optimisations Meta may apply."""

    get = Endpoint(api.marketing_messages.get_degrees_of_freedom_spec.build_request, models.DegreesOfFreedomSpecList)


class MessageSamples(Resource[M]):
    """`/{waba-id}/message_samples`: sample messages."""

    create = Endpoint(api.marketing_messages.create_message_sample.build_request, models.SuccessResponse)


class BusinessMessagingFeatureStatus(Resource[M]):
    """`/{waba-id}/business_messaging_feature_status`: the status of business messaging features."""

    update = Endpoint(
        api.marketing_messages.update_business_messaging_feature_status.build_request, models.SuccessResponse
    )
