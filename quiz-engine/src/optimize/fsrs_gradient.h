// The training loss of one card's scored answers and its gradient with respect to w0..w20, by hand-derived formulas.
#pragma once

#include <array>
#include <utility>
#include <vector>

#include "optimize/fsrs_model.h"

namespace factdeck::optimize {

using Grad = std::array<double, kParams>;

// Adds to `loss` and `grad` the weighted log loss of the card's answers at `targets` ((answer index,
// weight), in answer order, indices >= 1), predicted by replaying the card under k.w. Forward mode: the
// memory (S, D) carries its 21 partial derivatives from answer to answer, each step applying the local
// derivatives of fsrs.md's formulas; a clamp at its bound, the lapse floor and the same-day floor pass the
// derivative of the branch taken, as fsrs-rs's analytic gradients do.
void card_loss_grad(const Consts<double>& k, const FsrsCardHistory& card,
                    const std::vector<std::pair<int, double>>& targets, bool guess, double& loss, Grad& grad);

}  // namespace factdeck::optimize
